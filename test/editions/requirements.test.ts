// The requirements of the editions after FY2018: the edition each appeared in, and that it applies from there on.
// Their phrasings (covering, decoys that share their words but not their meaning, the weak wording of the
// mandatory ones) are the `examples:` of catalog/requirements/<id>.yaml, checked against the latest edition by
// test/requirements/examples.test.ts.
import { editionSuite } from './helpers';

editionSuite('cloud-services', { since: 'r3' });
editionSuite('asset-management', { since: 'r5' });
editionSuite('supply-chain', { since: 'r5' });
editionSuite('equipment-procurement', { since: 'r5' });
editionSuite('dynamic-access-control', { since: 'r5' });
editionSuite('sbom', { since: 'r5-2024' });
editionSuite('iot-product-conformity', { since: 'r5-2024' });
