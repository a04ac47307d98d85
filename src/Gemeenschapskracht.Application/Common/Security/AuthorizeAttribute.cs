namespace Gemeenschapskracht.Application.Common.Security;

/// <summary>
/// Declares who may send a request: an authenticated caller holding one of <see cref="Roles"/>
/// (comma-separated) in the current gemeente. Enforced by the authorization pipeline behaviour.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; init; } = "";
}
