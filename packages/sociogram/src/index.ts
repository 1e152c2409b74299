// @kring/sociogram — filled in by the renderer issue.
export {};
