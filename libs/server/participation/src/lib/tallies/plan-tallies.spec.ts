import { scopeRoots, scopesOf } from './plan-tallies.service';

describe('plan tallies', () => {
  it('counts a row at the whole tenant, at every unit above it and at its own unit', () => {
    expect(scopesOf('/a/b/c/')).toEqual(['', '/a/', '/a/b/', '/a/b/c/']);
  });

  it('reads the outermost units a user holds roles on', () => {
    expect(scopeRoots({ kind: 'limited', unitPaths: ['/a/b/', '/a/', '/x/'], createdBy: null })).toEqual([
      '/a/',
      '/x/',
    ]);
    expect(scopeRoots({ kind: 'all' })).toEqual(['']);
    expect(scopeRoots({ kind: 'none' })).toEqual([]);
  });

  it('reads the whole tenant for a role held on no unit (it reaches every path)', () => {
    expect(scopeRoots({ kind: 'limited', unitPaths: ['/'], createdBy: null })).toEqual(['']);
    expect(scopeRoots({ kind: 'limited', unitPaths: ['/a/', '/'], createdBy: null })).toEqual(['']);
  });
});
