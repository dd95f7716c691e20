import type {
  ListSupportedPhoneNumberCountriesRequest,
  ListSupportedPhoneNumberCountriesResponse,
  PhoneNumberCountry,
  SearchAvailablePhoneNumbersRequest,
  SearchAvailablePhoneNumbersResponse,
} from "@chimekit/types";
import { badRequest } from "../engine/errors.js";
import type { OperationContext } from "../engine/operation-context.js";
import { decodeToken, encodeToken, pageSize } from "../engine/pagination.js";
import { phoneNumbers } from "./collections.js";
import type { PhoneNumberRecord, ProductType } from "./records.js";

/** A number the emulated carrier can provision. */
export interface InventoryNumber {
  e164: string;
  country: string;
  type: PhoneNumberRecord["Type"];
  /** US only. */
  areaCode?: string;
  city?: string;
  state?: string;
  tollFreePrefix?: string;
}

const US_AREAS = [
  { areaCode: "206", city: "Seattle", state: "WA" },
  { areaCode: "212", city: "New York", state: "NY" },
  { areaCode: "303", city: "Denver", state: "CO" },
  { areaCode: "305", city: "Miami", state: "FL" },
  { areaCode: "312", city: "Chicago", state: "IL" },
  { areaCode: "404", city: "Atlanta", state: "GA" },
  { areaCode: "415", city: "San Francisco", state: "CA" },
  { areaCode: "512", city: "Austin", state: "TX" },
  { areaCode: "617", city: "Boston", state: "MA" },
  { areaCode: "702", city: "Las Vegas", state: "NV" },
];

export const TOLL_FREE_PREFIXES = ["800", "833", "844", "855", "866", "877", "888"];

/** Numbers per block: US blocks use 555-0100..555-0199, GB blocks the ranges Ofcom keeps for drama. */
const BLOCK = 100;

function block(
  prefix: string,
  first: number,
  make: (e164: string) => Omit<InventoryNumber, "e164">,
) {
  return Array.from({ length: BLOCK }, (_, i) => {
    const e164 = `${prefix}${String(first + i).padStart(4, "0")}`;
    return { e164, ...make(e164) };
  });
}

/**
 * The emulated carrier's whole stock: the same in every partition and every
 * run, sorted by number. A number an AWS account holds (ordered, assigned or
 * in its deletion queue) is not available to that account until purged.
 */
export const INVENTORY: readonly InventoryNumber[] = [
  ...US_AREAS.flatMap((area) =>
    block(`+1${area.areaCode}555`, 100, () => ({ country: "US", type: "Local" as const, ...area })),
  ),
  ...TOLL_FREE_PREFIXES.flatMap((prefix) =>
    block(`+1${prefix}555`, 100, () => ({
      country: "US",
      type: "TollFree" as const,
      tollFreePrefix: prefix,
    })),
  ),
  ...block("+44207946", 0, () => ({ country: "GB", type: "Local" as const })),
  ...block("+44808157", 0, () => ({ country: "GB", type: "TollFree" as const })),
  ...block("+49309018", 0, () => ({ country: "DE", type: "Local" as const })),
].sort((a, b) => (a.e164 < b.e164 ? -1 : a.e164 > b.e164 ? 1 : 0));

const BY_E164 = new Map(INVENTORY.map((number) => [number.e164, number]));

export function inventoryNumber(e164: string): InventoryNumber | undefined {
  return BY_E164.get(e164);
}

/** A number of the stock as it enters the AWS account's inventory. */
export function provisionedNumber(
  stock: InventoryNumber,
  productType: ProductType,
  status: PhoneNumberRecord["Status"],
  now: string,
): PhoneNumberRecord {
  const messaging = stock.type === "Local";
  return {
    PhoneNumberId: stock.e164,
    E164PhoneNumber: stock.e164,
    Country: stock.country,
    Type: stock.type,
    ProductType: productType,
    Status: status,
    Capabilities: {
      InboundCall: true,
      OutboundCall: true,
      InboundSMS: messaging,
      OutboundSMS: messaging,
      InboundMMS: messaging,
      OutboundMMS: messaging,
    },
    Associations: [],
    CallingNameStatus: "Unassigned",
    CreatedTimestamp: now,
    UpdatedTimestamp: now,
  };
}

/** What the carrier supports per product type; outside the US only SIP media application dial-in. */
const SUPPORTED_COUNTRIES: Record<ProductType, PhoneNumberCountry[]> = {
  BusinessCalling: [{ CountryCode: "US", SupportedPhoneNumberTypes: ["Local", "TollFree"] }],
  VoiceConnector: [{ CountryCode: "US", SupportedPhoneNumberTypes: ["Local", "TollFree"] }],
  SipMediaApplicationDialIn: [
    { CountryCode: "DE", SupportedPhoneNumberTypes: ["Local"] },
    { CountryCode: "GB", SupportedPhoneNumberTypes: ["Local", "TollFree"] },
    { CountryCode: "US", SupportedPhoneNumberTypes: ["Local", "TollFree"] },
  ],
};

export function isUsNumber(e164: string): boolean {
  return e164.startsWith("+1");
}

export function isTollFree(e164: string): boolean {
  return (
    inventoryNumber(e164)?.type === "TollFree" ||
    TOLL_FREE_PREFIXES.some((p) => e164.startsWith(`+1${p}`))
  );
}

/**
 * The product rules the reference states for orders and updates: toll-free
 * numbers cannot be Business Calling numbers, and numbers outside the US
 * must be SIP media application dial-in numbers.
 */
export function productTypeProblem(e164: string, productType: ProductType): string | undefined {
  if (productType === "BusinessCalling" && isTollFree(e164)) {
    return `${e164} is a toll-free number, which cannot have the BusinessCalling product type`;
  }
  if (!isUsNumber(e164) && productType !== "SipMediaApplicationDialIn") {
    return `${e164} is outside the US and must have the SipMediaApplicationDialIn product type, not ${productType}`;
  }
  return undefined;
}

export async function listSupportedPhoneNumberCountries(
  _op: OperationContext,
  input: ListSupportedPhoneNumberCountriesRequest,
): Promise<ListSupportedPhoneNumberCountriesResponse> {
  const countries = SUPPORTED_COUNTRIES[input.ProductType as ProductType] ?? [];
  return {
    PhoneNumberCountries: countries.map((country) => ({
      CountryCode: country.CountryCode,
      SupportedPhoneNumberTypes: [...(country.SupportedPhoneNumberTypes ?? [])],
    })),
  };
}

/**
 * US searches need at least one of AreaCode, City, State and TollFreePrefix,
 * and City needs State; other countries take only PhoneNumberType, which they
 * require. Results are available numbers in number order, paged by the last
 * number returned.
 */
export async function searchAvailablePhoneNumbers(
  op: OperationContext,
  input: SearchAvailablePhoneNumbersRequest,
): Promise<SearchAvailablePhoneNumbersResponse> {
  const country = input.Country ?? "US";
  const usFilters = {
    AreaCode: input.AreaCode,
    City: input.City,
    State: input.State,
    TollFreePrefix: input.TollFreePrefix,
  };
  const given = Object.entries(usFilters)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name);
  if (country === "US") {
    if (given.length === 0) {
      throw badRequest(
        "SearchAvailablePhoneNumbers: a US search needs at least one of AreaCode, City, State or TollFreePrefix",
      );
    }
    if (input.City !== undefined && input.State === undefined) {
      throw badRequest("SearchAvailablePhoneNumbers: City needs State as well");
    }
  } else {
    if (given.length > 0) {
      throw badRequest(
        `SearchAvailablePhoneNumbers: ${given.join(", ")} only apply to US numbers; a search in ${country} takes PhoneNumberType only`,
      );
    }
    if (input.PhoneNumberType === undefined) {
      throw badRequest(
        `SearchAvailablePhoneNumbers: a search outside the US (Country ${country}) requires PhoneNumberType`,
      );
    }
  }
  const limit = pageSize({
    operation: "SearchAvailablePhoneNumbers",
    maxResults: input.MaxResults,
  });
  const after = input.NextToken ? decodeToken("SearchAvailablePhoneNumbers", input.NextToken) : "";
  const matches = (number: InventoryNumber) =>
    number.country === country &&
    number.e164 > after &&
    (input.PhoneNumberType === undefined || number.type === input.PhoneNumberType) &&
    (input.AreaCode === undefined || number.areaCode === input.AreaCode) &&
    (input.City === undefined || number.city?.toLowerCase() === input.City.toLowerCase()) &&
    (input.State === undefined || number.state?.toLowerCase() === input.State.toLowerCase()) &&
    (input.TollFreePrefix === undefined || number.tollFreePrefix === input.TollFreePrefix);
  const found: string[] = [];
  for (const number of INVENTORY) {
    if (!matches(number) || (await phoneNumbers.get(op, [], number.e164))) continue;
    if (found.length === limit) {
      return {
        E164PhoneNumbers: found,
        NextToken: encodeToken("SearchAvailablePhoneNumbers", found[found.length - 1]),
      };
    }
    found.push(number.e164);
  }
  return { E164PhoneNumbers: found };
}
