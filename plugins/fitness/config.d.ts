export interface Config {
  fitness?: {
    /**
     * The entity whose TechDocs hold the fitness functions' pages
     * (docs/fitness/*.md). Default: component:default/golden-path-portal.
     * @visibility frontend
     */
    docsEntity?: string;
  };
}
