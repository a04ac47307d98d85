using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;

namespace Gemeenschapskracht.Bench.Jobs;

/// <summary>The caller of the preparation: background work, as a job is, named so in the audit log.</summary>
public sealed class BenchUser : ICurrentUser
{
    public bool IsAuthenticated => true;

    public bool IsSystem => true;

    public string Name => "benchmark";

    public string Weergavenaam => "benchmark";

    public Guid? UserId => null;

    public string? Origin => null;

    public Guid? OrganisatieId => null;

    public bool IsInRole(string role) => role == Roles.Systeem;
}
