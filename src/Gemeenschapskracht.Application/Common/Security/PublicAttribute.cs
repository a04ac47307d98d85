namespace Gemeenschapskracht.Application.Common.Security;

/// <summary>Declares a request open to the anonymous public (published data). Every request is either this or <see cref="AuthorizeAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicAttribute : Attribute;
