export { PYTHON_BUILTINS } from './builtins';
export { PYTHON_KEYWORDS, PYTHON_SOFT_KEYWORDS } from './keywords';
export { PYTHON_STANDARD_LIBRARY } from './standardLibrary';
