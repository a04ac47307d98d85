namespace Gemeenschapskracht.Application.Common.Exceptions;

public sealed class ForbiddenAccessException(string message = "U heeft geen toestemming voor deze handeling.") : Exception(message);
