namespace Gemeenschapskracht.Application.Subsidieregister.Dtos;

/// <summary>
/// A granted subsidy as open data, in the fields and names of the 360Giving Data Standard (ADR 0021): one grant with
/// the recipient, the gemeente as funder, the planned dates, the wijk it is for and the regeling it was granted under.
/// Amounts in euros with two decimals, dates ISO 8601. An informal group is named by its group name only.
/// </summary>
/// <param name="Id">360Giving grant identifier: the publisher prefix <c>360G-&lt;gemeentecode&gt;</c> and the beschikking's kenmerk.</param>
/// <param name="Title">The regeling and the recipient, at most 140 characters.</param>
/// <param name="Description">The activities the subsidy is for, as the beschikking words them (Awb 4:29).</param>
/// <param name="Currency">Always <c>EUR</c>.</param>
/// <param name="AmountAwarded">The granted amount in euros, two decimals.</param>
/// <param name="AwardDate">The day of the beschikking (in the Netherlands).</param>
/// <param name="FromOpenCall"><c>Yes</c> when the regeling gave room to compete by an open call, else <c>No</c>.</param>
/// <param name="DateModified">When the beschikking last changed.</param>
public sealed record OpenSubsidieDto(
    string Id,
    string Title,
    string Description,
    string Currency,
    decimal AmountAwarded,
    DateOnly AwardDate,
    IReadOnlyList<OpenSubsidiePeriodeDto> PlannedDates,
    IReadOnlyList<OpenSubsidieOrganisatieDto> RecipientOrganization,
    IReadOnlyList<OpenSubsidieOrganisatieDto> FundingOrganization,
    IReadOnlyList<OpenSubsidieLocatieDto> BeneficiaryLocation,
    IReadOnlyList<OpenSubsidieRegelingDto> GrantProgramme,
    string FromOpenCall,
    DateTimeOffset DateModified);

/// <summary>The period the activities are planned in (360Giving <c>plannedDates</c>).</summary>
public sealed record OpenSubsidiePeriodeDto(DateOnly StartDate, DateOnly EndDate);

/// <param name="Id">
/// <c>NL-KVK-&lt;nummer&gt;</c> for an organisation in the Handelsregister; otherwise an identifier of the gemeente's own
/// (<c>360G-&lt;gemeentecode&gt;-ORG-…</c>), for an informal group made from the host and the group name.
/// </param>
/// <param name="Name">The organisation's name, or an informal group's name; never a person's name or e-mail.</param>
public sealed record OpenSubsidieOrganisatieDto(string Id, string Name);

/// <summary>The wijk the subsidy is for: its name and CBS code (<c>WK036300</c>, geoCodeType <c>WK</c>).</summary>
public sealed record OpenSubsidieLocatieDto(string Name, string GeoCode, string GeoCodeType, string CountryCode);

/// <summary>The subsidieregeling the grant was made under (360Giving <c>grantProgramme</c>).</summary>
public sealed record OpenSubsidieRegelingDto(string Code, string Title);

/// <summary>What the register can be filtered on: the award years and the wijken that have granted subsidies.</summary>
public sealed record SubsidieregisterKeuzesDto(IReadOnlyList<int> Jaren, IReadOnlyList<SubsidieregisterWijkDto> Wijken);

public sealed record SubsidieregisterWijkDto(Guid Id, string Naam, string Code);

/// <summary>A download of the register: the file's name, content type and bytes.</summary>
public sealed record SubsidieregisterBestand(string FileName, string ContentType, byte[] Content);

/// <summary>
/// A granted subsidy as the register's page shows it, in the API's own (Dutch) names and eurocents: the same record as
/// the 360Giving files (<see cref="OpenSubsidieDto"/>, ADR 0021), flattened to one recipient, one period and one wijk.
/// </summary>
/// <param name="Id">The 360Giving grant identifier, as in the files.</param>
/// <param name="OntvangerId"><c>NL-KVK-…</c> or the gemeente's own identifier, as in the files.</param>
/// <param name="Ontvanger">The organisation, or an informal group's name only.</param>
/// <param name="Omschrijving">The activities the subsidy is for.</param>
/// <param name="VerleendOp">The day of the beschikking (in the Netherlands).</param>
/// <param name="OpenOproep">Whether the regeling gave room to compete by an open call.</param>
public sealed record VerleendeSubsidieDto(
    string Id,
    string Titel,
    string Omschrijving,
    long BedragEurocent,
    DateOnly VerleendOp,
    DateOnly Van,
    DateOnly Tot,
    string OntvangerId,
    string Ontvanger,
    string? WijkNaam,
    string? WijkCode,
    string Regeling,
    bool OpenOproep);

public static class OpenSubsidieMappings
{
    public static VerleendeSubsidieDto ToVerleendeSubsidie(this OpenSubsidieDto s, long bedragEurocent) => new(
        s.Id, s.Title, s.Description, bedragEurocent, s.AwardDate, s.PlannedDates[0].StartDate, s.PlannedDates[0].EndDate,
        s.RecipientOrganization[0].Id, s.RecipientOrganization[0].Name, s.BeneficiaryLocation.FirstOrDefault()?.Name,
        s.BeneficiaryLocation.FirstOrDefault()?.GeoCode, s.GrantProgramme[0].Title, s.FromOpenCall == "Yes");
}
