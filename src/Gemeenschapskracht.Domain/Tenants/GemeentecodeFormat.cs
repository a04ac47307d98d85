using System.Text.RegularExpressions;

namespace Gemeenschapskracht.Domain.Tenants;

/// <summary>The CBS code of a gemeente: <c>GM</c> followed by four digits.</summary>
public static partial class GemeentecodeFormat
{
    public static bool IsWellFormed(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex Pattern();
}
