import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DataController, type DataSpec } from '../src/internal/data-controller.js';

/** A bare element with a data controller, recording what reaches its error boundary. */
class Host extends LitElement {
  name = 'a';
  failures: unknown[] = [];
  cleared = 0;
  resets = 0;
  loads: { args: string; signal: AbortSignal; resolve: (value: string) => void; reject: (error: unknown) => void }[] =
    [];
  readyValue: string | undefined;
  readonly data = new DataController<string>(
    this,
    {
      args: () => [this.name],
      reset: () => (this.resets += 1),
      load: (signal) =>
        new Promise<string>((resolve, reject) => this.loads.push({ args: this.name, signal, resolve, reject })),
      ready: () => this.readyValue,
    } satisfies DataSpec<string>,
    (work) => void work.catch((error: unknown) => this.failures.push(error)),
    () => (this.cleared += 1),
  );
}
customElements.define('test-data-host', Host);

const tick = () => new Promise((resolve) => setTimeout(resolve));

function mountHost(): Host {
  const host = document.createElement('test-data-host') as Host;
  document.body.append(host);
  return host;
}

describe('DataController', () => {
  afterEach(() => document.querySelectorAll('test-data-host').forEach((el) => el.remove()));

  it('loads once for the same arguments, and again when they change, dropping the older result', async () => {
    const host = mountHost();
    host.data.sync();
    host.data.sync();
    expect(host.loads.map((l) => l.args)).to.deep.equal(['a']);
    host.name = 'b';
    host.data.sync();
    expect(host.loads.map((l) => l.args)).to.deep.equal(['a', 'b']);
    expect(host.loads[0]!.signal.aborted, 'the older load is aborted').to.equal(true);
    host.loads[0]!.resolve('from a');
    host.loads[1]!.resolve('from b');
    await tick();
    expect(host.data.value).to.equal('from b');
    expect(host.resets).to.equal(2);
    expect(host.cleared).to.equal(2);
  });

  it('takes data already at hand at once, without a load', () => {
    const host = mountHost();
    host.readyValue = 'ready';
    host.data.sync();
    expect(host.data.value).to.equal('ready');
    expect(host.loads).to.have.length(0);
  });

  it('hands a failure to the element’s error boundary and keeps no value', async () => {
    const host = mountHost();
    host.data.sync();
    host.loads[0]!.reject(new Error('nope'));
    await tick();
    expect(host.failures.map(String)).to.deep.equal(['Error: nope']);
    expect(host.data.value).to.equal(undefined);
  });

  it('drops a failure of a load that newer arguments replaced', async () => {
    const host = mountHost();
    host.data.sync();
    host.name = 'b';
    host.data.sync();
    host.loads[0]!.reject(new Error('old'));
    await tick();
    expect(host.failures).to.deep.equal([]);
  });

  it('stops a load when the element leaves the page and starts it again when it returns', async () => {
    const host = mountHost();
    host.data.sync();
    host.remove();
    expect(host.loads[0]!.signal.aborted).to.equal(true);
    document.body.append(host);
    expect(host.loads.map((l) => l.args)).to.deep.equal(['a', 'a']);
    host.loads[1]!.resolve('back');
    await tick();
    expect(host.data.value).to.equal('back');
  });

  it('does not load again on return when nothing was on its way', async () => {
    const host = mountHost();
    host.data.sync();
    host.loads[0]!.resolve('done');
    await tick();
    host.remove();
    document.body.append(host);
    expect(host.loads).to.have.length(1);
    expect(host.data.value).to.equal('done');
  });
});
