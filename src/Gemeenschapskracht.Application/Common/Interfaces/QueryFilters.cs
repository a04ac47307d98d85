namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>Names of the EF Core query filters, for the few places that must look across gemeenten.</summary>
public static class QueryFilters
{
    /// <summary>
    /// Rows of the current gemeente only, on every tenant-owned entity of both contexts. Platform code that must see
    /// every gemeente (sign-in's choice of gemeente, accepting an invitation) opts out by name:
    /// <c>.IgnoreQueryFilters([QueryFilters.Tenant])</c>.
    /// </summary>
    public const string Tenant = "Tenant";
}
