import { formatPython } from './formatPython';

const settings = {
  'line-length': 100,
  lint: { isort: { 'known-first-party': ['billing_service'] } },
};

describe('formatPython', () => {
  it('sorts imports whatever the names, and wraps what the names made too long', () => {
    const source = [
      'from fastapi import APIRouter',
      'from billing_service.presentation.schemas import NewInvoice, InvoiceOut',
      'from billing_service.infrastructure.sqlalchemy_repository import SqlAlchemyInvoiceRepositoryWithALongName',
      'import os',
      '',
      'print(os, APIRouter, NewInvoice, InvoiceOut, SqlAlchemyInvoiceRepositoryWithALongName)',
      '',
    ].join('\n');
    expect(formatPython(source, settings)).toBe(
      [
        'import os',
        '',
        'from fastapi import APIRouter',
        '',
        'from billing_service.infrastructure.sqlalchemy_repository import (',
        '    SqlAlchemyInvoiceRepositoryWithALongName,',
        ')',
        'from billing_service.presentation.schemas import InvoiceOut, NewInvoice',
        '',
        'print(os, APIRouter, NewInvoice, InvoiceOut, SqlAlchemyInvoiceRepositoryWithALongName)',
        '',
      ].join('\n'),
    );
  });

  it('leaves well-formed code alone', () => {
    const source = 'import os\n\nprint(os.sep)\n';
    expect(formatPython(source, settings)).toBe(source);
  });

  it('refuses code that does not parse', () => {
    expect(() => formatPython('def f(:\n', settings)).toThrow();
  });
});
