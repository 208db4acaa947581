import { pluralName, snakeCase } from './inflection';
import {
  PYTHON_BUILTINS,
  PYTHON_KEYWORDS,
  PYTHON_SOFT_KEYWORDS,
  PYTHON_STANDARD_LIBRARY,
} from '@internal/python-vocabulary';

// Kubernetes names a service's objects `<name>-worker` (the longest suffix);
// a label value, like a Service name (an RFC 1035 label), has at most 63 characters.
const LONGEST_SUFFIX = '-worker';
export const MAX_SERVICE_NAME_LENGTH = 63 - LONGEST_SUFFIX.length;

/** What a generated service imports, or the monorepo's libraries: a package of the same name would hide them. */
const DEPENDENCY_PACKAGES = [
  'alembic',
  'amqp',
  'annotated_types',
  'anyio',
  'asyncpg',
  'click',
  'coverage',
  'fastapi',
  'greenlet',
  'h11',
  'hatchling',
  'httpcore',
  'httpx',
  'idna',
  'iniconfig',
  'mako',
  'markupsafe',
  'mypy',
  'opentelemetry',
  'packaging',
  'pathspec',
  'pluggy',
  'prometheus_client',
  'pydantic',
  'pydantic_core',
  'pydantic_settings',
  'pygments',
  'pytest',
  'pytest_cov',
  'dotenv',
  'redis',
  'ruff',
  'sqlalchemy',
  'starlette',
  'structlog',
  'tomlkit',
  'typing_extensions',
  'typing_inspection',
  'uvicorn',
  'vine',
  'platform_cache',
  'platform_core',
  'platform_db',
  'platform_messaging',
  'platform_observability',
  'tests',
];

/** Names the generated code gives its own classes: an aggregate of that name would clash. */
const GENERATED_NAMES = [
  'Base',
  'Command',
  'DomainEvent',
  'EventBus',
  'EventPublisher',
  'Handler',
  'Inbox',
  'MessageBus',
  'OutboxRelay',
  'OutboxRow',
  'OutgoingEvent',
  'Query',
  'ProcessedEventRow',
  'Settings',
  'UnitOfWork',
  'UnknownMessage',
];

const dependencies = new Set(DEPENDENCY_PACKAGES);
const generated = new Set(GENERATED_NAMES);

/** Why `identifier` cannot name a Python package, module or variable, in words; undefined when it can. */
function pythonNameProblem(
  identifier: string,
  what: string,
): string | undefined {
  if (PYTHON_KEYWORDS.has(identifier))
    return `${what} would be "${identifier}", a Python keyword; pick another name.`;
  if (PYTHON_SOFT_KEYWORDS.has(identifier))
    return `${what} would be "${identifier}", a Python soft keyword (match, case, type); pick another name.`;
  if (PYTHON_STANDARD_LIBRARY.has(identifier))
    return `${what} would be "${identifier}", a module of Python's standard library, which it would hide; pick another name.`;
  if (dependencies.has(identifier))
    return `${what} would be "${identifier}", a package the service depends on, which it would hide; pick another name.`;
  return undefined;
}

/** Why a new service cannot take this name, in words; undefined when it can. */
export function serviceNameProblem(name: string): string | undefined {
  if (!name) return 'Give the service a name.';
  if (name.length > MAX_SERVICE_NAME_LENGTH)
    return `"${name}" has ${
      name.length
    } characters; at most ${MAX_SERVICE_NAME_LENGTH}, so that Kubernetes can name its worker "${name.slice(
      0,
      8,
    )}…${LONGEST_SUFFIX}".`;
  if (/^[0-9]/.test(name))
    return `"${name}" starts with a digit; a service name starts with a lowercase letter (Kubernetes and Python both require it).`;
  if (!/^[a-z][a-z0-9-]*$/.test(name))
    return `"${name}" may hold only lowercase letters, digits and hyphens (e.g. order-service).`;
  if (name.endsWith('-'))
    return `"${name}" ends with a hyphen; end it with a letter or a digit.`;
  if (name.includes('--'))
    return `"${name}" has two hyphens in a row; use single hyphens.`;
  return pythonNameProblem(name.replace(/-/g, '_'), 'Its Python package');
}

/** Why an aggregate cannot take this name, in words; undefined when it can. */
export function aggregateNameProblem(name: string): string | undefined {
  if (!name) return 'Name the first domain concept, e.g. Order.';
  if (/^[0-9]/.test(name))
    return `"${name}" starts with a digit; an aggregate name is a Python class name and starts with a capital letter.`;
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name))
    return `"${name}" is not in PascalCase: a capital letter, then letters and digits only (e.g. Order, OrderLine).`;
  if (name.length < 2 || name.length > 40)
    return `"${name}" has ${name.length} characters; use 2 to 40.`;
  if (PYTHON_KEYWORDS.has(name))
    return `"${name}" is a Python keyword; pick another name.`;
  if (generated.has(name))
    return `"${name}" is a class the generated service already has; pick another name.`;
  const variable = snakeCase(name);
  const problem = pythonNameProblem(variable, 'Its variables');
  if (problem) return problem;
  if (PYTHON_BUILTINS.has(variable))
    return `Its variables would be "${variable}", a Python built-in, which they would hide; pick another name.`;
  if (pluralName(name) === name)
    return `"${name}" has no plural distinct from it; pick a countable noun (the service lists them).`;
  return undefined;
}

/** Why a monolith's module cannot take this name, in words; undefined when it can. */
export function moduleNameProblem(name: string): string | undefined {
  if (!name) return 'Name the module, e.g. orders.';
  if (/^[0-9]/.test(name))
    return `"${name}" starts with a digit; a module name is a Python identifier and starts with a lowercase letter.`;
  if (!/^[a-z][a-z0-9_]*$/.test(name))
    return `"${name}" may hold only lowercase letters, digits and underscores (e.g. user_accounts).`;
  if (name.length < 2 || name.length > 31)
    return `"${name}" has ${name.length} characters; use 2 to 31.`;
  const problem = pythonNameProblem(name, 'The module');
  if (problem) return problem;
  if (PYTHON_BUILTINS.has(name))
    return `"${name}" is a Python built-in, which the module would hide; pick another name.`;
  return undefined;
}
