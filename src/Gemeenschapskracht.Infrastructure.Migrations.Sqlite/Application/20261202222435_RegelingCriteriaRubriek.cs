using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class RegelingCriteriaRubriek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The criteria were one text; they become a list of named criteria the rubric scores. An old text becomes one criterion.
            migrationBuilder.Sql("""UPDATE "Subsidieregelingen" SET "Criteria" = json_array(json_object('Naam', 'Criteria', 'Toelichting', "Criteria")) WHERE substr("Criteria", 1, 1) <> '[';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Subsidieregelingen" SET "Criteria" = coalesce(json_extract("Criteria", '$[0].Toelichting'), '');""");
        }
    }
}
