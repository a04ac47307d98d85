using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// Reads a multipart/form-data form field by field (a phone's form with a file): every missing or unreadable field
/// is collected, then <see cref="ControleerGeldig"/> refuses them together as one validation problem.
/// </summary>
public sealed class FormulierLezer
{
    private readonly IFormCollection form;
    private readonly List<ValidationFailure> fouten = [];

    private FormulierLezer(IFormCollection form) => this.form = form;

    public static async Task<FormulierLezer> LeesAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return new FormulierLezer(await request.ReadFormAsync(ct));
        }
        catch (InvalidDataException)
        {
            throw new BadHttpRequestException("Het formulier kon niet worden gelezen (multipart/form-data).", StatusCodes.Status400BadRequest);
        }
    }

    public string Tekst(string naam) => form[naam].ToString();

    public Guid? Id(string naam, string wat) => Veld<Guid>(naam, wat, v => Guid.TryParse(v, out var g) ? g : null);

    public long? Eurocent(string naam, string wat) =>
        Veld<long>(naam, wat, v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var b) ? b : null);

    /// <summary>A number with a decimal point (12.5), as a form's number field sends it.</summary>
    public decimal? Getal(string naam, string wat) =>
        Veld<decimal>(naam, wat, v => decimal.TryParse(v, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var g) ? g : null);

    public DateOnly? Datum(string naam, string wat) =>
        Veld<DateOnly>(naam, wat, v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);

    public bool? JaNee(string naam, string wat) => Veld<bool>(naam, wat, v => bool.TryParse(v, out var j) ? j : null);

    /// <summary>The file's bytes, at most <paramref name="maxBytes"/>; null when none was sent (a missing one is collected when <paramref name="verplicht"/>).</summary>
    public async Task<(string Naam, byte[] Inhoud)?> BestandAsync(string naam, string wat, bool verplicht, int maxBytes, CancellationToken ct)
    {
        var bestand = form.Files.GetFile(naam);
        if (bestand is null)
        {
            if (verplicht)
                fouten.Add(new ValidationFailure(naam, $"Voeg {wat} toe (een foto of PDF)."));
            return null;
        }
        if (bestand.Length > maxBytes)
            throw new Domain.Common.DomainException($"{char.ToUpperInvariant(wat[0])}{wat[1..]} is groter dan {maxBytes / 1024 / 1024} MB; maak een kleinere foto of PDF.");
        using var geheugen = new MemoryStream();
        await bestand.CopyToAsync(geheugen, ct);
        return (bestand.FileName, geheugen.ToArray());
    }

    public void ControleerGeldig()
    {
        if (fouten.Count > 0)
            throw new ValidationException(fouten);
    }

    private T? Veld<T>(string naam, string wat, Func<string, T?> lees) where T : struct
    {
        var waarde = form[naam].ToString();
        var gelezen = string.IsNullOrWhiteSpace(waarde) ? null : lees(waarde.Trim());
        if (gelezen is null)
            fouten.Add(new ValidationFailure(naam, $"Geef {wat}."));
        return gelezen;
    }
}
