using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidieregister.Dtos;
using Gemeenschapskracht.Application.Subsidieregister.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidieregister.Queries.GetSubsidieregisterBestand;

public enum SubsidieregisterFormaat
{
    /// <summary>The 360Giving spreadsheet columns ("Identifier", "Amount Awarded", "Recipient Org:Identifier", …).</summary>
    Csv,

    /// <summary>A 360Giving JSON package: <c>{ "grants": [ … ] }</c>.</summary>
    Json,
}

/// <summary>
/// The whole register (of one award year and one wijk when asked) as a file to download, in the 360Giving Data
/// Standard: CSV with its spreadsheet column titles, or a JSON package. Public: the subsidy register of the Woo.
/// </summary>
[Public]
public sealed record GetSubsidieregisterBestandQuery(int? Jaar, Guid? WijkId, SubsidieregisterFormaat Formaat) : IQuery<SubsidieregisterBestand>;

public sealed class GetSubsidieregisterBestandValidator : AbstractValidator<GetSubsidieregisterBestandQuery>
{
    public GetSubsidieregisterBestandValidator() => this.AddFilterRules(q => q.Jaar);
}

public sealed class GetSubsidieregisterBestandHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentTenant tenant, ICsvWriter csv)
    : IQueryHandler<GetSubsidieregisterBestandQuery, SubsidieregisterBestand>
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The columns of the CSV, titled as the 360Giving spreadsheet template titles them, in this order.</summary>
    public static readonly IReadOnlyList<string> Kolommen =
    [
        "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
        "Planned Dates:Start Date", "Planned Dates:End Date",
        "Recipient Org:Identifier", "Recipient Org:Name",
        "Funding Org:Identifier", "Funding Org:Name",
        "Beneficiary Location:Name", "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Beneficiary Location:Country Code",
        "Grant Programme:Code", "Grant Programme:Title",
        "From an open call?", "Last Modified",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public async ValueTask<SubsidieregisterBestand> Handle(GetSubsidieregisterBestandQuery query, CancellationToken cancellationToken)
    {
        var beschikkingen = await (await db.GepubliceerdAsync(query.Jaar, query.WijkId, cancellationToken)).Geordend().ToListAsync(cancellationToken);
        var uitgever = await catalog.UitgeverAsync(tenant, cancellationToken);
        var subsidies = await db.ToOpenDataAsync(uitgever, beschikkingen, cancellationToken);
        var naam = await BestandsnaamAsync(query, cancellationToken);
        return query.Formaat == SubsidieregisterFormaat.Json
            ? new SubsidieregisterBestand($"{naam}.json", JsonContentType, JsonSerializer.SerializeToUtf8Bytes(new { grants = subsidies }, Json))
            : new SubsidieregisterBestand($"{naam}.csv", CsvContentType, csv.Write(Kolommen, subsidies.Select(Rij)));
    }

    private static IReadOnlyList<CsvCell> Rij(OpenSubsidieDto s)
    {
        var periode = s.PlannedDates.FirstOrDefault();
        var ontvanger = s.RecipientOrganization[0];
        var gemeente = s.FundingOrganization[0];
        var wijk = s.BeneficiaryLocation.FirstOrDefault();
        var regeling = s.GrantProgramme.FirstOrDefault();
        return
        [
            CsvCell.Raw(s.Id), CsvCell.Text(s.Title), CsvCell.Text(s.Description), CsvCell.Raw(s.Currency),
            CsvCell.Raw(s.AmountAwarded.ToString("0.00", CultureInfo.InvariantCulture)), CsvCell.Raw(Iso(s.AwardDate)),
            CsvCell.Raw(periode is null ? null : Iso(periode.StartDate)), CsvCell.Raw(periode is null ? null : Iso(periode.EndDate)),
            CsvCell.Raw(ontvanger.Id), CsvCell.Text(ontvanger.Name),
            CsvCell.Raw(gemeente.Id), CsvCell.Text(gemeente.Name),
            CsvCell.Text(wijk?.Name), CsvCell.Raw(wijk?.GeoCode), CsvCell.Raw(wijk?.GeoCodeType), CsvCell.Raw(wijk?.CountryCode),
            CsvCell.Raw(regeling?.Code), CsvCell.Text(regeling?.Title),
            CsvCell.Raw(s.FromOpenCall), CsvCell.Raw(s.DateModified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        ];
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"subsidieregister-amsterdam", with the year and the wijk's CBS code when filtered: "…-2026-wk036300".</summary>
    private async Task<string> BestandsnaamAsync(GetSubsidieregisterBestandQuery query, CancellationToken cancellationToken)
    {
        var delen = new List<string> { "subsidieregister", tenant.Identifier ?? "gemeente" };
        if (query.Jaar is { } jaar)
            delen.Add(jaar.ToString(CultureInfo.InvariantCulture));
        if (query.WijkId is { } wijk)
            delen.Add((await db.Gebieden.Where(g => g.Id == wijk).Select(g => g.Code).FirstAsync(cancellationToken)).ToLowerInvariant());
        return string.Join('-', delen);
    }
}
