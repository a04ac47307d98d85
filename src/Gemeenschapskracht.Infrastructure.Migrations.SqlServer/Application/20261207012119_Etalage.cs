using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Etalage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Etalageverhalen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Verhaal = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Lessen = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Herkomst = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WijkId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Fotos = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Toestemming = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GenomineerdDoor = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GepubliceerdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Etalageverhalen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Etalageverhalen_TenantId_Status_GepubliceerdOp",
                table: "Etalageverhalen",
                columns: new[] { "TenantId", "Status", "GepubliceerdOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Etalageverhalen");
        }
    }
}
