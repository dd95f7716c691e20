// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ServiceSchema } from "../../runtime/index.js";
import { enumSchemas } from "./enums.js";
import { errorStructureSchemas } from "./errors.js";
import { inputStructureSchemas } from "./inputs.js";
import { operationSchemas } from "./operations.js";
import { outputStructureSchemas } from "./outputs.js";
import { sharedStructureSchemas } from "./shapes.js";
/** The Chime service (2018-05-01) as the server runtime reads it: routes, shapes and constraints. */
export const chimeServiceSchema: ServiceSchema = {
  operations: operationSchemas,
  structures: {
    ...inputStructureSchemas,
    ...outputStructureSchemas,
    ...errorStructureSchemas,
    ...sharedStructureSchemas,
  },
  enums: enumSchemas,
};
