namespace Gemeenschapskracht.Application.Common.Exceptions;

/// <summary>The request conflicts with the current state (a duplicate, a concurrent change). Becomes 409.</summary>
public sealed class ConflictException(string message) : Exception(message);
