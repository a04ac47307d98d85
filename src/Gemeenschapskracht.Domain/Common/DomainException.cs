namespace Gemeenschapskracht.Domain.Common;

/// <summary>A domain rule refused an operation. The message is Dutch and may be shown to the user.</summary>
public sealed class DomainException(string message) : Exception(message);
