// @kring/genogram — filled in by the renderer issue.
export {};
