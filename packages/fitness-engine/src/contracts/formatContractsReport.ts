import type {
  ChainLink,
  ContractCheck,
  ContractsReport,
  ImportChain,
} from './ContractCheck';

/** How many cycle-breaking dependencies import-linter lists per package. */
const MAX_DEPENDENCIES_TO_RENDER = 5;

/**
 * The report as text, in import-linter's words (`lint-imports` output,
 * `application/rendering.py` and each contract's `render_broken_contract`):
 *
 * ```
 * <name> KEPT|BROKEN        one line per contract ("(1 warning)" appended)
 * Warnings                  for contracts with warnings
 * Broken contracts          each broken contract's chains
 * Contracts: N kept, M broken.
 * ```
 *
 * Unlike import-linter, which prints the summary line before the details
 * and stops at the first contract that cannot run, the summary comes last
 * and contracts that could not be checked are listed (`<name> ERROR`) with
 * the reason.
 */
export function formatContractsReport(report: ContractsReport): string {
  const out: string[] = [];
  for (const check of report.checks) {
    const warnings = check.warnings.length;
    const noun = warnings === 1 ? 'warning' : 'warnings';
    out.push(
      `${check.contract.name} ${check.status.toUpperCase()}${
        warnings ? ` (${warnings} ${noun})` : ''
      }`,
    );
  }
  out.push('');

  const withWarnings = report.checks.filter(check => check.warnings.length > 0);
  if (withWarnings.length > 0) {
    heading(out, 'Warnings', true);
    for (const check of withWarnings) {
      heading(out, check.contract.name, false);
      check.warnings.forEach(warning => out.push(`- ${warning}`));
      out.push('');
    }
  }

  const broken = report.checks.filter(check => check.status === 'broken');
  if (broken.length > 0) {
    heading(out, 'Broken contracts', true);
    for (const check of broken) {
      heading(out, check.contract.name, false);
      renderBrokenContract(out, check);
    }
  }

  const errors = report.checks.filter(check => check.status === 'error');
  if (errors.length > 0) {
    heading(out, 'Contracts that could not be checked', true);
    for (const check of errors) {
      out.push(
        `Contract "${check.contract.name}" could not be checked:`,
        `    ${check.error}`,
        '',
      );
    }
  }

  out.push(
    `Contracts: ${report.keptCount} kept, ${report.brokenCount} broken` +
      `${
        report.errorCount ? `, ${report.errorCount} could not be checked` : ''
      }.`,
  );
  return `${out.join('\n')}\n`;
}

function heading(out: string[], text: string, lineAbove: boolean): void {
  const line = '-'.repeat(text.length);
  out.push(...(lineAbove ? [line] : []), text, line, '');
}

function renderBrokenContract(out: string[], check: ContractCheck): void {
  for (const violation of check.violations) {
    out.push(
      `${violation.importer} is not allowed to import ${violation.imported}:`,
      '',
    );
    for (const chain of violation.chains) {
      if (check.contract.type === 'forbidden') {
        chain.links.forEach((link, index) =>
          out.push(`${index === 0 ? '-   ' : '    '}${importText(link)}`),
        );
      } else {
        renderChain(out, chain);
      }
      out.push('');
    }
    out.push('');
  }
  if (check.undeclaredModules.length > 0) {
    out.push('The following modules are not listed as layers:', '');
    check.undeclaredModules.forEach(module => out.push(`- ${module}`));
    out.push(
      '',
      "(Since this contract is marked as 'exhaustive', every child of every container must be declared as a layer.)",
      '',
    );
  }
  for (const cycles of check.cycles) {
    const count = cycles.dependencies.length;
    out.push(
      `No cycles are allowed in ${cycles.package}.`,
      `It could be made acyclic by removing ${count} ${
        count === 1 ? 'dependency' : 'dependencies'
      }:`,
      '',
    );
    for (const dependency of cycles.dependencies.slice(
      0,
      MAX_DEPENDENCIES_TO_RENDER,
    )) {
      const imports = dependency.imports.length;
      out.push(
        `- .${tail(dependency.downstream)} -> .${tail(dependency.upstream)} ` +
          `(${imports} ${imports === 1 ? 'import' : 'imports'})`,
      );
    }
    if (count > MAX_DEPENDENCIES_TO_RENDER) {
      out.push(`(and ${count - MAX_DEPENDENCIES_TO_RENDER} more).`);
    }
    out.push('');
  }
  if (check.contract.brokenContractGuidance) {
    out.push(check.contract.brokenContractGuidance, '');
  }
}

/** import-linter's `render_chain_data`, with its `&` lines for fanned-in and fanned-out routes. */
function renderChain(out: string[], chain: ImportChain): void {
  const { links } = chain;
  renderLink(out, links[0], true, chain.extraFirsts, []);
  links.slice(1, -1).forEach(link => renderLink(out, link, false, [], []));
  if (links.length > 1) {
    renderLink(out, links[links.length - 1], false, [], chain.extraLasts);
  }
}

function renderLink(
  out: string[],
  link: ChainLink,
  firstLine: boolean,
  extraFirsts: readonly ChainLink[],
  extraLasts: readonly ChainLink[],
): void {
  const strings: string[] = [];
  if (extraFirsts.length > 0) {
    [link, ...extraFirsts.slice(0, -1)].forEach((source, position) =>
      strings.push(
        `${position > 0 ? '& ' : ''}${source.importer} (${lines(source)})`,
      ),
    );
    strings.push(`& ${importText(extraFirsts[extraFirsts.length - 1])}`);
  } else {
    strings.push(importText(link));
  }
  const indent = ' '.repeat(link.importer.length + 4);
  extraLasts.forEach(destination =>
    strings.push(`${indent}& ${destination.imported} (${lines(destination)})`),
  );
  strings.forEach((text, position) =>
    out.push(`${firstLine && position === 0 ? '- ' : '  '}${text}`),
  );
}

function importText(link: ChainLink): string {
  return `${link.importer} -> ${link.imported} (${lines(link)})`;
}

function lines(link: ChainLink): string {
  return link.lineNumbers.length > 0
    ? link.lineNumbers.map(line => `l.${line}`).join(', ')
    : 'l.?';
}

function tail(module: string): string {
  return module.slice(module.lastIndexOf('.') + 1);
}
