/**
 * Normalises a portal detail record (`procedure-details/CODE.json` → `data`) into the parts of the API's `Procedure`
 * that the record knows. Summary fields (fields, levels, audience) come from the catalogue row at run time. Texts go
 * through the catalogue's cleaners (`@hcc/sdk/catalogue`), each change written to the cleaning log.
 */
import { CleaningLog, cleanLabel, cleanParagraph, collapseSpaces } from '@hcc/sdk/catalogue';

const CHANNELS = { ONLINE: 'online', DIRECT: 'in-person', POSTAL: 'postal' };
const TIME_UNITS = { WORKING_DAY: 'working-day', DAY: 'day', OTHER: 'other' };
// The portal's FEE is the state charge (lệ phí); SERVICE_FEE is a fee (phí) for a service.
const FEE_KINDS = { FEE: 'charge', SERVICE_FEE: 'fee' };

const clean = (text) => collapseSpaces(text ?? '');
const without = (object, key) => Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
const optional = (key, value) => (value ? { [key]: value } : {});

/**
 * The time limit the record's cases state (`cases[].processingDay`), when they all state the same one: some records
 * leave the channels' limit as "other" with no words and give the real limit per case (birth registration: 1 working
 * day).
 */
function caseTimeOf(data) {
  const times = (data.cases ?? [])
    .map((item) => item.processingDay)
    .filter((day) => day && TIME_UNITS[day.type] && TIME_UNITS[day.type] !== 'other' && Number(day.qty) > 0)
    .map((day) => ({ value: Number(day.qty), unit: TIME_UNITS[day.type] }));
  const [first] = times;
  return first && times.every((time) => time.value === first.value && time.unit === first.unit) ? first : undefined;
}

function channelOf(method, caseTime) {
  const unit = TIME_UNITS[method.processingTimeUnit] ?? 'other';
  const description = clean(method.description);
  const unstated = unit === 'other' && !description;
  return {
    channel: CHANNELS[method.submissionMethod],
    processingTime:
      unstated && caseTime
        ? caseTime
        : {
            value: Number(method.processingTime) || 0,
            unit,
            ...optional('text', unit === 'other' ? description || undefined : undefined),
          },
    fees: (method.fees ?? []).map((fee) => ({
      kind: FEE_KINDS[fee.type] ?? 'other',
      amount: Math.max(0, Math.round(Number(fee.value) || 0)),
      ...optional('description', clean(fee.description)),
    })),
    ...optional('description', description),
  };
}

function documentOf(component, label) {
  const form = (component.attachments ?? []).find((attachment) => attachment.fileName)?.fileName;
  return {
    name: label(component.name ?? ''),
    originals: component.originalQty ?? 0,
    copies: component.copyQty ?? 0,
    required: Boolean(component.required),
    ...optional('formName', form),
    hasElectronicForm: Boolean(component.hasElectronicForm),
  };
}

/** `isFullProcess` is "toàn trình"; any online channel without it is "một phần". */
function onlineLevelOf(data, channels) {
  if (data.isFullProcess) return 'full';
  return channels.some((channel) => channel.channel === 'online') ? 'partial' : 'none';
}

/** The civil date in Vietnam (UTC+7) of a millisecond timestamp. */
const vietnamDate = (ms) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * @param log where each cleaned text is recorded (`data/cleaning-report.json`); a fresh one when none is given.
 */
export function normaliseDetail(data, log = new CleaningLog()) {
  const code = data.code.trim();
  const label = (field) => (text) => log.clean(code, field, text ?? '', cleanLabel);
  const paragraph = (field, text) => log.clean(code, field, text ?? '', cleanParagraph);
  const lines = (field, text) => paragraph(field, text).split('\n').filter(Boolean);
  const caseTime = caseTimeOf(data);
  const channels = (data.executionMethods ?? [])
    .filter((method) => CHANNELS[method.submissionMethod])
    .map((method) => channelOf(method, caseTime));
  // The summary shows the in-person limit, preferring one stated in days over "other".
  const stated = channels.filter((channel) => channel.processingTime.unit !== 'other');
  const main = [...stated, ...channels].find((channel) => channel.channel === 'in-person') ?? stated[0] ?? channels[0];
  return {
    code,
    onlineLevel: onlineLevelOf(data, channels),
    processingTime: main ? without(main.processingTime, 'text') : { value: 0, unit: 'other' },
    channels,
    cases: (data.executionCases ?? []).map((executionCase, index) => ({
      name: label(`cases[${index}].name`)(executionCase.name).replace(/:$/, '') || `Trường hợp ${index + 1}`,
      documents: (executionCase.profileComponents ?? []).map((component, document) =>
        documentOf(component, label(`cases[${index}].documents[${document}].name`)),
      ),
    })),
    steps: (data.executionSteps ?? []).map((step, index) => ({
      ...optional('name', clean(step.name)),
      description: paragraph(`steps[${index}].description`, step.description),
    })),
    conditions: lines('conditions', data.requirementsAndConditions),
    legalBasis: (data.legalBasisesDetails ?? []).map((basis) => ({
      ...optional('code', clean(basis.code)),
      name: clean(basis.name),
    })),
    results: (data.resultsDetails ?? [])
      .map((result, index) => label(`results[${index}]`)(result.name))
      .filter(Boolean),
    executingAgencies: (data.departmentsExecuting ?? []).map((department) => clean(department.name)).filter(Boolean),
    receivingPlaces: lines('receivingPlaces', data.dossierReceivingAddresses),
    updatedAt: vietnamDate(data.updatedAt ?? data.createdAt ?? 0),
  };
}
