using Gemeenschapskracht.Application.Cbs;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>What a table's DataProperties say about its columns.</summary>
/// <param name="Year">The GeoDetail's <c>MapYear</c>: the year of the indeling.</param>
/// <param name="RegionKey">The geographic dimension's key, e.g. <c>WijkenEnBuurten</c>.</param>
/// <param name="Measures">The numeric topics, in table order, with unique stems.</param>
/// <param name="TextKeysByStem">The string topics (Gemeentenaam, SoortRegio, …): stem → published key.</param>
public sealed record CbsDataProperties(
    int Year,
    string RegionKey,
    IReadOnlyList<CbsMeasure> Measures,
    IReadOnlyDictionary<string, string> TextKeysByStem)
{
    public string? GemeentenaamKey => TextKeysByStem.GetValueOrDefault(CbsKey.GemeentenaamStem);

    public string? SoortRegioKey => TextKeysByStem.GetValueOrDefault(CbsKey.SoortRegioStem);
}
