import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Memory { documents: number; nodes: number; listeners: number; heapUsed: number }

/** In its own function so no local of the (async) test keeps the nodes alive. */
function mountNodes(): void {
  const holder = document.createElement('div');
  holder.id = 'cdp-holder';
  for (let i = 0; i < 500; i += 1) holder.append(document.createElement('span'));
  holder.addEventListener('click', () => {});
  document.body.append(holder);
}

describe('test runner CDP commands', () => {
  it('counts DOM nodes and listeners after garbage collection', async () => {
    const before = await executeServerCommand<Memory, undefined>('kpm-memory');
    mountNodes();
    const during = await executeServerCommand<Memory, undefined>('kpm-memory');
    expect(during.nodes - before.nodes).to.be.at.least(500);
    expect(during.listeners - before.listeners).to.be.at.least(1);
    document.getElementById('cdp-holder')?.remove();
    const after = await executeServerCommand<Memory, undefined>('kpm-memory');
    expect(after.nodes - before.nodes).to.be.below(50);
    expect(after.listeners).to.equal(before.listeners);
    expect(after.heapUsed).to.be.above(0);
  });

  it('saves a screenshot into test/screenshots/', async () => {
    const file = await executeServerCommand<string, { name: string }>('kpm-screenshot', { name: 'selftest/blank' });
    expect(file).to.match(/test\/screenshots\/selftest\/blank\.png$/);
  });
});
