using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Infrastructure.Cbs;

internal static class CbsGemeentecode
{
    /// <summary>Trims and upper-cases the code; it must then be <c>GM</c> + four digits.</summary>
    /// <exception cref="CbsSourceException">The code is not well-formed.</exception>
    public static string Normalize(string? gemeentecode)
    {
        var code = gemeentecode?.Trim().ToUpperInvariant();
        if (!GemeentecodeFormat.IsWellFormed(code))
        {
            throw new CbsSourceException(
                $"'{gemeentecode}' is geen geldige gemeentecode (verwacht: GM gevolgd door vier cijfers).");
        }

        return code!;
    }

    public static CbsSourceException Unknown(string gemeentecode, string sourceDescription) =>
        new($"Gemeentecode {gemeentecode} komt niet voor in de CBS-bron ({sourceDescription}).");
}
