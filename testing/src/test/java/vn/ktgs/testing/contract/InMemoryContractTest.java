package vn.ktgs.testing.contract;

import vn.ktgs.Ports;

/** Every contract suite against the in-memory ports of core: the reference behaviour. */
class InMemoryContractTest extends AllPortContracts {

    @Override
    protected Ports freshPorts() {
        return Ports.inMemory();
    }
}
