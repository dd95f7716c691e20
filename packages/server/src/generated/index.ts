// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
export {
  AccessDeniedException,
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  ResourceLimitExceededException,
  ServiceFailureException,
  ServiceUnavailableException,
  ThrottledClientException,
  UnauthorizedClientException,
  UnprocessableEntityException,
} from "./errors.js";
export {
  type ChimeFetchHandlerOptions,
  type ChimeServerOptions,
  createChimeFetchHandler,
  createChimeHandler,
  createChimeRequestListener,
  createChimeServer,
} from "./handler.js";
export { chimeServiceSchema } from "./schema/service-schema.js";
export {
  type ChimeOperationName,
  type ChimeRequestContext,
  type ChimeService,
  chimeOperationNames,
} from "./service.js";
export {
  type Bounds,
  type ChimeAuthOptions,
  type ChimeCredentials,
  type ChimeCredentialsLookup,
  type ChimeErrorSpec,
  type ChimeFetchAdapterOptions,
  type ChimeHandler,
  type ChimeHandlerOptions,
  type ChimeHttpRequest,
  type ChimeHttpResponse,
  type ChimeIdentity,
  type ChimeNodeAdapterOptions,
  type ChimeRequestEvent,
  type ChimeResponseEvent,
  ChimeServiceError,
  type HttpMethod,
  type MemberLocation,
  type MemberSchema,
  type OperationSchema,
  type ServiceSchema,
  type StructureSchema,
  type TimestampFormat,
  type ValueSchema,
} from "../runtime/index.js";
