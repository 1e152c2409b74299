// @kring/scene — filled in by the renderer issue.
export {};
