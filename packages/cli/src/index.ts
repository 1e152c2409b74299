// @kring/cli — filled in by the renderer issue.
export {};
