// @kring/ecogram — filled in by the renderer issue.
export {};
