using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.RecordMededingingsruimte;

/// <summary>
/// Records how candidates got room to compete (ABRvS 2018:2310, 2025:3399): the published call, or the written
/// motivation why only one candidate can qualify. Without it the regeling cannot open.
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record RecordMededingingsruimteCommand : ICommand<SubsidieregelingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required MededingingsSoort Soort { get; init; }

    /// <summary>Where and how the call was published, or why only one candidate can qualify.</summary>
    public required string Verantwoording { get; init; }

    public required DateOnly Datum { get; init; }
}

public sealed class RecordMededingingsruimteValidator : AbstractValidator<RecordMededingingsruimteCommand>
{
    public RecordMededingingsruimteValidator()
    {
        RuleFor(c => c.Soort).IsInEnum().WithMessage("Kies openOproep of enigeKandidaat.");
        RuleFor(c => c.Verantwoording).NotEmpty().WithMessage("Beschrijf de oproep of motiveer waarom maar één kandidaat in aanmerking komt.")
            .SafeText("de verantwoording", multiline: true).MaximumLength(20000).WithMessage("De verantwoording mag hoogstens 20000 tekens lang zijn.");
        RuleFor(c => c.Datum).Must(d => d.Year >= 2000).WithMessage("Vul de datum van de oproep of motivering in.");
    }
}

public sealed class RecordMededingingsruimteHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RecordMededingingsruimteCommand, SubsidieregelingDto>
{
    public async ValueTask<SubsidieregelingDto> Handle(RecordMededingingsruimteCommand command, CancellationToken cancellationToken)
    {
        var regeling = await db.Set<Subsidieregeling>().VindAsync(command.Id, cancellationToken);
        regeling.LegMededingingsruimteVast(new Mededingingsruimte(command.Soort, command.Verantwoording, command.Datum), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return regeling.ToDto();
    }
}
