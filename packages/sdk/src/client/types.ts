import type { components, paths } from '../generated/api.js';

type Schemas = components['schemas'];

/** The generated OpenAPI path map: the single source of request and response types. */
export type { paths, components };

export type Problem = Schemas['Problem'];
export type InvalidParam = Schemas['InvalidParam'];
export type LocalizedText = Schemas['LocalizedText'];
export type Agency = Schemas['Agency'];
export type AgencyList = Schemas['AgencyList'];
export type AgencyLevel = Schemas['AgencyLevel'];
export type DossierAgency = Schemas['DossierAgency'];
export type Field = Schemas['Field'];
export type FieldList = Schemas['FieldList'];
export type ProcedureLevel = Schemas['ProcedureLevel'];
export type OnlineLevel = Schemas['OnlineLevel'];
export type ProcedureSort = Schemas['ProcedureSort'];
export type Audience = Schemas['Audience'];
export type Channel = Schemas['Channel'];
export type Duration = Schemas['Duration'];
export type TextRange = Schemas['TextRange'];
export type ProcedureSummary = Schemas['ProcedureSummary'];
export type ProcedureSearchResult = Schemas['ProcedureSearchResult'];
export type Facet = Schemas['Facet'];
export type Procedure = Schemas['Procedure'];
export type ChannelDetail = Schemas['ChannelDetail'];
export type Fee = Schemas['Fee'];
export type ProcedureCase = Schemas['ProcedureCase'];
export type RequiredDocument = Schemas['RequiredDocument'];
export type Dossier = Schemas['Dossier'];
export type DossierStatus = Schemas['DossierStatus'];
export type DossierStatusKey = Schemas['DossierStatusKey'];
export type DossierStep = Schemas['DossierStep'];
/** A dossier's on-time state as the API gives it (computed with the SDK's `evaluateTimeliness`). */
export type DossierTimeliness = Schemas['Timeliness'];
/** A supplement request on a dossier, as the API gives it. */
export type DossierSupplementRequest = Schemas['SupplementRequest'];
export type SurveyForm = Schemas['SurveyForm'];
export type SurveyQuestion = Schemas['SurveyQuestion'];
export type SurveyOption = Schemas['SurveyOption'];
export type OverallRating = Schemas['OverallRating'];
export type RatingInput = Schemas['RatingInput'];
export type Rating = Schemas['Rating'];
export type FeedbackInput = Schemas['FeedbackInput'];
export type FeedbackReceipt = Schemas['FeedbackReceipt'];
export type Stats = Schemas['Stats'];
export type Rates = Schemas['Rates'];

/** Query parameters of `GET /procedures`. */
export type ProcedureSearchParams = NonNullable<paths['/procedures']['get']['parameters']['query']>;
/** Query parameters of `GET /agencies`. */
export type AgencyListParams = NonNullable<paths['/agencies']['get']['parameters']['query']>;
/** Query parameters of `GET /stats`. */
export type StatsParams = NonNullable<paths['/stats']['get']['parameters']['query']>;
