import {
  CENTRE_OPENED,
  COMMUNE_IDENTIFIERS,
  DISTRICT_IDENTIFIERS,
  PROVINCE_AGENCIES,
  THREE_TIER_TO,
  TWO_TIER_FROM,
} from './agency-table.mjs';
import { slugify } from './slug.mjs';

/** `Phường Bắc Giang` → `Ủy ban nhân dân phường Bắc Giang`: the body that receives and resolves dossiers. */
const committeeOf = (unitName) => `Ủy ban nhân dân ${unitName.charAt(0).toLowerCase()}${unitName.slice(1)}`;

function identifierFrom(table, key, what) {
  const identifier = table.get(key);
  if (!identifier) throw new Error(`No reviewed identifier for ${what} ${key}: add it to agency-table.mjs`);
  return identifier;
}

/**
 * Builds the agency list: province bodies (both snapshots), the former district-level committees (2017 → 30 June
 * 2025) and the 99 commune committees (from 1 July 2025).
 * @param agencySnapshots the parsed `bacninh-agencies.json`
 * @param communes the parsed `admin-units/bacninh-2025-communes.json`
 */
export function buildAgencies(agencySnapshots, communes) {
  const province = PROVINCE_AGENCIES.map(([id, identifier, name, kind, validFrom, validTo, parentId]) => ({
    id,
    identifier,
    name,
    kind,
    level: 'province',
    parentId,
    validFrom,
    validTo,
  }));
  const { validFrom, validTo, districts } = agencySnapshots.snapshots['2017'];
  if (validFrom !== CENTRE_OPENED || validTo !== THREE_TIER_TO) throw new Error('The 2017 snapshot dates changed');
  const formerDistricts = districts.map((district) => ({
    id: slugify(district.name),
    identifier: identifierFrom(DISTRICT_IDENTIFIERS, district.gsoCode, 'district'),
    name: committeeOf(district.name),
    kind: 'district',
    level: 'district',
    parentId: null,
    validFrom,
    validTo,
    adminUnitCode: district.gsoCode,
  }));
  const units = communes.data.find((unit) => unit.name === 'Tỉnh Bắc Ninh').level2s;
  const today = units.map((unit) => ({
    id: slugify(unit.name),
    identifier: identifierFrom(COMMUNE_IDENTIFIERS, unit.level2_id, 'commune'),
    name: committeeOf(unit.name),
    kind: 'commune',
    level: 'commune',
    parentId: null,
    validFrom: TWO_TIER_FROM,
    validTo: null,
    adminUnitCode: unit.level2_id,
    formerUnits: unit.merges.map((merge) => merge.name),
  }));
  const agencies = [...province, ...formerDistricts, ...today];
  assertUnique(agencies, 'id');
  assertUnique(agencies, 'identifier');
  return agencies;
}

function assertUnique(rows, key) {
  const seen = new Set();
  for (const row of rows) {
    if (seen.has(row[key])) throw new Error(`Duplicate agency ${key}: ${row[key]}`);
    seen.add(row[key]);
  }
}
