import { expect } from '@open-wc/testing';
import { readIdentitiesTable } from '../../../src/components/identities/identities-table.js';

function table(markup: string): HTMLTableElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.querySelector('table')!;
}

describe('readIdentitiesTable', () => {
  it('reads columns from the header row after the corner cell, and rows as label plus cells', () => {
    const result = readIdentitiesTable(
      table(`<table>
        <caption> Three   identities </caption>
        <thead><tr><th>Aspect</th><th>Vendor</th><th>Operations Partner</th></tr></thead>
        <tbody>
          <tr><th>Sells</th><td>Seats</td><td>Operated workflows</td></tr>
          <tr><td>Paid</td><td>Per seat</td><td>Per engagement</td></tr>
        </tbody>
      </table>`),
    );
    expect(result).to.deep.equal({
      columns: [
        { id: 'vendor', name: 'Vendor' },
        { id: 'operations-partner', name: 'Operations Partner' },
      ],
      rows: [
        { label: 'Sells', cells: { vendor: 'Seats', 'operations-partner': 'Operated workflows' } },
        { label: 'Paid', cells: { vendor: 'Per seat', 'operations-partner': 'Per engagement' } },
      ],
      copy: { caption: 'Three identities' },
    });
  });

  it('uses data-id for column ids and falls back to a numbered id for text without letters', () => {
    const result = readIdentitiesTable(
      table(
        '<table><tr><td></td><th data-id="partner">Operator</th><th>???</th></tr><tr><th>x</th><td>1</td><td>2</td></tr></table>',
      ),
    );
    expect(result.columns).to.deep.equal([
      { id: 'partner', name: 'Operator' },
      { id: 'column-2', name: '???' },
    ]);
    expect(result.rows).to.deep.equal([{ label: 'x', cells: { partner: '1', 'column-2': '2' } }]);
  });

  it('takes text only, never markup', () => {
    const result = readIdentitiesTable(
      table(
        '<table><tr><td></td><th><em>Vendor</em></th></tr><tr><th><b>Sells</b></th><td>a <img src="x" alt="pic"> <a href="#">tool</a></td></tr></table>',
      ),
    );
    expect(result.columns?.[0]?.name).to.equal('Vendor');
    expect(result.rows?.[0]).to.deep.equal({ label: 'Sells', cells: { vendor: 'a tool' } });
  });

  it('leaves out a cell the row does not have, so validation can name it', () => {
    const result = readIdentitiesTable(
      table('<table><tr><td></td><th>A</th><th>B</th></tr><tr><th>r</th><td>1</td></tr></table>'),
    );
    expect(result.rows).to.deep.equal([{ label: 'r', cells: { a: '1' } }]);
  });

  it('returns nothing for an empty table, so the defaults stay', () => {
    expect(readIdentitiesTable(table('<table></table>'))).to.deep.equal({});
    expect(readIdentitiesTable(table('<table><tr><th>only a corner</th></tr></table>'))).to.deep.equal({});
  });
});
