import { dockerfileStages, stageInstructions } from './dockerfileStages';

describe('dockerfileStages', () => {
  const stages = dockerfileStages(
    [
      'ARG PYTHON=3.12',
      'FROM python:${PYTHON}-slim AS Base',
      'ENV VENV=/opt/venv',
      'ENV PATH=$VENV/bin:$PATH',
      'WORKDIR /src',
      'WORKDIR app',
      'RUN --mount=type=cache,target=/root/.cache pip install \\',
      '      -r requirements.lock',
      'RUN <<EOF',
      'uv sync --frozen',
      'EOF',
      '',
      'FROM base AS final',
      'COPY --from=0 ${VENV} ${VENV}',
      'CMD ["uvicorn", "shop.app:app"]',
    ].join('\n'),
  );

  it('reads stages, their base and the stage they start from', () => {
    expect(
      stages.map(s => ({
        name: s.name,
        base: s.base,
        parent: s.parent?.name,
        line: s.line,
      })),
    ).toEqual([
      { name: 'base', base: 'python:3.12-slim', parent: undefined, line: 2 },
      { name: 'final', base: 'base', parent: 'base', line: 13 },
    ]);
  });

  it('expands variables, tracks WORKDIR and keeps a heredoc body', () => {
    const [run, heredoc] = stages[0].instructions.filter(
      i => i.keyword === 'RUN',
    );
    expect(run).toMatchObject({
      line: 7,
      text: 'pip install       -r requirements.lock',
      flags: { mount: 'type=cache,target=/root/.cache' },
      workdir: '/src/app',
    });
    expect(run.env.get('PATH')).toBe('/opt/venv/bin:$PATH');
    expect(heredoc.text).toBe('uv sync --frozen');
  });

  it("inherits the parent stage's ENV and WORKDIR", () => {
    const final = stages[1];
    expect(final.instructions[0]).toMatchObject({
      keyword: 'COPY',
      args: ['/opt/venv', '/opt/venv'],
      flags: { from: '0' },
      workdir: '/src/app',
    });
    expect(final.instructions[1]).toMatchObject({
      exec: true,
      args: ['uvicorn', 'shop.app:app'],
    });
    expect(stageInstructions(final).map(i => i.keyword)).toEqual([
      'ENV',
      'ENV',
      'WORKDIR',
      'WORKDIR',
      'RUN',
      'RUN',
      'COPY',
      'CMD',
    ]);
  });
});
