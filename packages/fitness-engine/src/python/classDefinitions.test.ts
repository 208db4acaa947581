import { classDefinitions } from './classDefinitions';

describe('classDefinitions', () => {
  it('reads names, bases and lines, and tells abstract ports apart', () => {
    const source = [
      'import abc',
      'from typing import Protocol',
      '',
      'class OrderRepository(abc.ABC):',
      '    """class NotAClass(Base):"""',
      '    def get(self): ...',
      '',
      'class Clock(Protocol): ...',
      '',
      'class Legacy(object, metaclass=abc.ABCMeta):',
      '    pass',
      '',
      'class SqlOrderRepository(',
      '    ports.OrderRepository,  # the port',
      '    Generic[T],',
      '):',
      '    class Meta: pass',
      '# class Commented(ABC):',
      'x = "class Quoted(ABC):"',
    ].join('\n');
    expect(classDefinitions(source)).toEqual([
      { name: 'OrderRepository', line: 4, bases: ['abc.ABC'], abstract: true },
      { name: 'Clock', line: 8, bases: ['Protocol'], abstract: true },
      { name: 'Legacy', line: 10, bases: ['object'], abstract: true },
      {
        name: 'SqlOrderRepository',
        line: 13,
        bases: ['ports.OrderRepository'],
        abstract: false,
      },
      { name: 'Meta', line: 17, bases: [], abstract: false },
    ]);
  });

  it('survives a broken class statement', () => {
    expect(classDefinitions('class (:\nclass Ok(Base): pass\n')).toEqual([
      { name: 'Ok', line: 2, bases: ['Base'], abstract: false },
    ]);
  });
});
