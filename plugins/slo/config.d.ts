export interface Config {
  slo?: {
    /**
     * The SLO numbers come from the example Prometheus that `npm start` runs
     * (the example services' recorded traffic); the SLO pages and cards say
     * so. `npm start` sets it through PORTAL_SLO_EXAMPLE_DATA.
     * @visibility frontend
     */
    exampleData?: boolean;
  };
}
