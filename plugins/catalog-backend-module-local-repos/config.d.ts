export interface Config {
  catalog?: {
    /**
     * Files and folders under which the catalog may read `file` locations,
     * whether they come from config or were registered through the API.
     * Relative paths are resolved against the backend's working directory.
     * A file location elsewhere, or one that reaches outside through a
     * symlink, becomes a processing error and is never read.
     */
    fileLocationRoots?: string[];
  };
}
