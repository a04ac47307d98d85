namespace Gemeenschapskracht.Application.Common.Exceptions;

public sealed class UnauthenticatedException(string message = "U moet zijn aangemeld voor deze handeling.") : Exception(message);
