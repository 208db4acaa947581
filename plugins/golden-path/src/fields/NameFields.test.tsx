import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  AggregateNameInput,
  validateAggregateName,
} from './AggregateNameField';
import {
  ModuleNamesInput,
  moduleNamesProblems,
  validateModuleNames,
} from './ModuleNamesField';
import { ServiceNameInput } from './ServiceNameField';

function props<T>(
  formData: T,
  rawErrors: string[] = [],
  onChange: (value: T) => void = () => {},
) {
  return {
    formData,
    onChange,
    rawErrors,
    required: true,
    schema: { title: 'Name', description: 'What the name is for.' },
    idSchema: { $id: 'root_name' },
  } as unknown as FieldExtensionComponentProps<T>;
}

const errorsOf = <T,>(
  validate: (value: T, validation: any, context: any) => unknown,
  value: T,
) => {
  const errors: string[] = [];
  validate(value, { addError: (e: string) => errors.push(e) }, {});
  return errors;
};

describe('the name fields say what is wrong in words', () => {
  it('the service name: words under the box, never the schema pattern', () => {
    render(
      <ServiceNameInput
        {...props('9lives', [
          'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"',
        ])}
      />,
    );
    expect(screen.getByText(/starts with a digit/)).toBeInTheDocument();
    expect(screen.queryByText(/must match pattern/)).toBeNull();
  });

  it('an empty required name says so', () => {
    render(
      <ServiceNameInput {...props('', ['must have required property'])} />,
    );
    expect(screen.getByText('Give the service a name.')).toBeInTheDocument();
  });

  it("a valid name shows the field's description", () => {
    render(<ServiceNameInput {...props('orders')} />);
    expect(screen.getByText('What the name is for.')).toBeInTheDocument();
  });

  it.each([
    ['Class', /"class", a Python keyword/],
    ['None', /Python keyword/],
    ['Import', /Python keyword/],
    ['order', /PascalCase/],
    ['Sheep', /no plural/],
  ])('the aggregate %s is refused in words', (name, words) => {
    render(<AggregateNameInput {...props(name)} />);
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(errorsOf(validateAggregateName, name)).toEqual([
      expect.stringMatching(words),
    ]);
  });

  it('the aggregate Category is accepted', () => {
    expect(errorsOf(validateAggregateName, 'Category')).toEqual([]);
  });

  it('modules are typed as a list, and each is checked', async () => {
    const changes: string[][] = [];
    render(
      <ModuleNamesInput {...props<string[]>([], [], v => changes.push(v))} />,
    );
    await userEvent.type(screen.getByRole('textbox'), 'orders, class');
    expect(changes[changes.length - 1]).toEqual(['orders', 'class']);
    expect(screen.getByText(/"class", a Python keyword/)).toBeInTheDocument();
  });

  it.each([
    [['orders', 'billing', 'user_accounts'], []],
    [['orders', 'orders'], ['"orders" is listed more than once.']],
    [[], ['Name at least one module.']],
    [
      ['import', '9lives'],
      [expect.stringMatching(/keyword/), expect.stringMatching(/digit/)],
    ],
  ])('the modules %j: %j', (names, problems) => {
    expect(moduleNamesProblems(names)).toEqual(problems);
    expect(errorsOf(validateModuleNames, names)).toEqual(problems);
  });
});
