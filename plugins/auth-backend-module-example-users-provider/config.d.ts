export interface Config {
  auth?: {
    providers?: {
      /**
       * Embedded default only: sign in as one of the catalog's users, picked
       * from a list. Anyone who can reach the portal can pick any user, so
       * app-config.production.yaml switches it off.
       */
      'example-users'?: {
        /**
         * @visibility frontend
         */
        enabled: boolean;
      };
    };
  };
}
