using FluentValidation;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.RecordBegrotingsbesluit;

public sealed class RecordBegrotingsbesluitValidator : AbstractValidator<RecordBegrotingsbesluitCommand>
{
    public RecordBegrotingsbesluitValidator()
    {
        this.AddRaadsbesluitRules();
        RuleFor(c => c.Jaar).InclusiveBetween(2000, 2100).WithMessage("Het begrotingsjaar ligt tussen 2000 en 2100.");
    }
}
