export { authModuleExampleUsersProvider as default } from './module';
export type { ExampleUser } from './exampleUsersRouter';
