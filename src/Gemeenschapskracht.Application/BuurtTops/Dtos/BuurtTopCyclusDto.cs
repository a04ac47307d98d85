using Gemeenschapskracht.Domain.BuurtTops;

namespace Gemeenschapskracht.Application.BuurtTops.Dtos;

/// <summary>The gemeente's BuurtTop cycle, with the next BuurtTop-dagen it gives; <see cref="Standaard"/> when none was set.</summary>
public sealed record BuurtTopCyclusDto(int IntervalJaren, int AankondigingMaanden, int HerinneringDagen, Regio Regio, BuurtTopDagRegel Dagregel,
    int? VasteDag, int? VasteMaand, bool Standaard, IReadOnlyList<DateOnly> VolgendeBuurtTopDagen);
