using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Commands.UpdateVisitatiecyclus;

/// <summary>
/// The gemeente changes a cycle (a PUT with every field; the kind of subject stays). Perspectives that differ from
/// the current ones are a new version: a visitatie already opened keeps scoring on the version it opened with.
/// </summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
public sealed record UpdateVisitatiecyclusCommand : ICommand<VisitatiecyclusDto>, IVisitatiecyclusvelden
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Naam { get; init; }

    public required int CadansMaanden { get; init; }

    public required int ReactietermijnDagen { get; init; }

    /// <summary>Every perspective: the ones kept with their id, new ones without.</summary>
    public required IReadOnlyList<PerspectiefInvoer> Perspectieven { get; init; }
}

public sealed class UpdateVisitatiecyclusValidator : AbstractValidator<UpdateVisitatiecyclusCommand>
{
    public UpdateVisitatiecyclusValidator()
    {
        this.AddCyclusRules();
        RuleFor(c => c.Perspectieven).NotNull().WithMessage("Geef de perspectieven van de cyclus.");
        this.AddPerspectiefRules(c => c.Perspectieven);
    }
}

public sealed class UpdateVisitatiecyclusHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateVisitatiecyclusCommand, VisitatiecyclusDto>
{
    public async ValueTask<VisitatiecyclusDto> Handle(UpdateVisitatiecyclusCommand command, CancellationToken cancellationToken)
    {
        var cyclus = await db.Set<Visitatiecyclus>().FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Deze visitatiecyclus bestaat niet in deze gemeente.");
        if (command.Perspectieven.Any(p => p.Id is { } id && cyclus.Perspectieven.All(b => b.Id != id)))
            throw new DomainException("Een perspectief met een id hoort bij deze cyclus; stuur een nieuw perspectief zonder id.");
        var now = clock.GetUtcNow();
        cyclus.Wijzig(command.Naam, command.CadansMaanden, command.ReactietermijnDagen, now);
        var perspectieven = VisitatiecyclusRegels.NaarPerspectieven(command.Perspectieven, now);
        if (!perspectieven.SequenceEqual(cyclus.Perspectieven))
            cyclus.WijzigPerspectieven(perspectieven, now);
        await db.SaveChangesAsync(cancellationToken);
        return cyclus.ToDto();
    }
}
