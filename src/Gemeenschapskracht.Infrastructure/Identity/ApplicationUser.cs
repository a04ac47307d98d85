using Gemeenschapskracht.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>A person who can sign in. Global: the roles per gemeente are in their memberships.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>, IGlobalEntity
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
