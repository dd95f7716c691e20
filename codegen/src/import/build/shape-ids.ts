export const NAMESPACE = "com.amazonaws.chime";
export const SERVICE_NAME = "Chime";

/** `User` -> `com.amazonaws.chime#User`. */
export function shapeId(name: string): string {
  return `${NAMESPACE}#${name}`;
}

export const PRELUDE = {
  String: "smithy.api#String",
  Boolean: "smithy.api#Boolean",
  Integer: "smithy.api#Integer",
  Timestamp: "smithy.api#Timestamp",
} as const;
