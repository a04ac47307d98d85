namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>One line of a local-figures file, as written; <see cref="Fout"/> says what is wrong with it, if anything.</summary>
public sealed record LokaleCijferRegel(int Regel, string Maatstaf, string Gebiedscode, decimal? Waarde, string Bron, int Jaar, string? Fout);

/// <summary>Reads a CSV of local figures: <c>maatstaf;gebiedscode;waarde;bron;jaar</c> with a header, comma or semicolon separated.</summary>
public interface ILokaleCijfersReader
{
    /// <returns>Every data line, with its line number in the file; a file that is not CSV at all is one line with a <see cref="LokaleCijferRegel.Fout"/>.</returns>
    IReadOnlyList<LokaleCijferRegel> Read(byte[] bestand);
}
