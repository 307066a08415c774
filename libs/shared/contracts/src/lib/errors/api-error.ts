/** One problem with one field of a request body, query or uploaded row. */
export interface FieldError {
  /** Dotted path of the field, e.g. `targets.0.plannedValue`. */
  field: string;
  /** Machine-readable reason, e.g. `isNotEmpty`. */
  code: string;
  /** The reason in the language the client asked for. */
  message: string;
}

/** The body of every 4xx and 5xx response of the API. */
export interface ApiErrorBody {
  statusCode: number;
  /** Short machine-readable error code, e.g. `validation_failed`, `not_found`. */
  error: string;
  /** A sentence a person understands, in the language the client asked for. */
  message: string;
  /** Present when the request had field problems: one entry per problem. */
  errors?: FieldError[];
  requestId?: string;
}
